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
