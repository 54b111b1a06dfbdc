// One class per command: an id and an execute method, registered by the CommandManager.
import * as vscode from 'vscode';

export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

/**
 * Registers the commands; each runs once `ready` resolves (the config: a command that activated the
 * extension must not see the built-in defaults instead of the team's types).
 */
export function registerCommands(commands: readonly Command[], ready: () => Promise<void>): vscode.Disposable {
  return vscode.Disposable.from(
    ...commands.map((c) =>
      vscode.commands.registerCommand(c.id, async (...args: unknown[]) => {
        await ready();
        return c.execute(...args);
      }),
    ),
  );
}

/** The choice a command was given (a view menu passes one), else the one picked from a quick pick; undefined when dismissed. */
export async function choose<T extends string>(given: unknown, choices: readonly T[], labels: Record<T, string>, current: T, title: string): Promise<T | undefined> {
  if (choices.includes(given as T)) return given as T;
  return (await vscode.window.showQuickPick(choices.map((c) => ({ label: labels[c], picked: c === current, value: c })), { title }))?.value;
}
