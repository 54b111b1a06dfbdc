// Every command, one class per file (ids in package.json `contributes.commands`).
export { AcceptCommand } from './accept';
export { AdvanceStatusCommand } from './advance-status';
export { registerCommands, type Command } from './command';
export { FilterCommand } from './filter';
export { GroupByCommand } from './group-by';
export { NewHandoffCommand } from './new-handoff';
export { RefreshCommand } from './refresh';
export { ReturnCommand } from './return';
export { RevealInExplorerCommand } from './reveal-in-explorer';
export { ShowDashboardCommand } from './show-dashboard';
export { registerFollowUp } from './register-follow-up';
