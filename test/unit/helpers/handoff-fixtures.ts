// Handoff texts shared by the index and CLI tests.

export { handoffDoc, type DocOptions } from '../../generators/handoff-doc';

export const PLAIN_MARKDOWN = '# Notes\n\nJust notes.\n';

export { TODAY } from '../../generators/today';
