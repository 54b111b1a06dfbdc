// Completion and hover in handoff front-matter: the core decides what to offer, this converts.
import * as vscode from 'vscode';
import { assistContext, hoverText, readHeader, todayIn, suggestions, type WorkspaceKnowledge } from '../../core/index';
import type { ConfigStore } from '../config-store';
import type { WorkspaceIndex } from '../workspace-index';

export class FrontMatterAssist implements vscode.CompletionItemProvider, vscode.HoverProvider {
  constructor(
    private readonly configs: ConfigStore,
    private readonly workspace: WorkspaceIndex,
  ) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const doc = readHeader(document.getText());
    const ctx = assistContext(doc, position);
    if (!ctx || (!doc.isHandoff && !(ctx.kind === 'key' || ctx.key === 'handoff'))) return undefined;
    const range = new vscode.Range(position.translate(0, -ctx.prefix.length), position);
    const { config } = await this.configs.resolve(document.uri);
    return suggestions(doc, ctx, config, this.knowledge(), todayIn(config.timeZone)).map((s) => {
      const item = new vscode.CompletionItem(s.label, s.kind === 'field' ? vscode.CompletionItemKind.Field : vscode.CompletionItemKind.Value);
      item.detail = s.detail;
      item.documentation = s.documentation ? new vscode.MarkdownString(s.documentation) : undefined;
      item.insertText = s.insertText ?? s.label;
      item.sortText = s.sortText;
      item.range = range;
      return item;
    });
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const doc = readHeader(document.getText());
    if (!doc.isHandoff) return undefined;
    const text = hoverText(doc, position, (await this.configs.resolve(document.uri)).config);
    return text ? new vscode.Hover(new vscode.MarkdownString(text)) : undefined;
  }

  private knowledge(): WorkspaceKnowledge {
    const summaries = this.workspace.index.all().map((e) => e.summary);
    return {
      teams: summaries.flatMap((s) => [s.from, s.to]).filter((v): v is string => !!v),
      people: summaries.flatMap((s) => [s.owner, s.assignee]).filter((v): v is string => !!v),
    };
  }
}
