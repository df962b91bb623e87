import type { Linter, Rule } from 'eslint';

export const plugin: { rules: Record<string, Rule.RuleModule> };
export const SHARED_KERNEL: string[];
export const boundaryRules: Linter.RulesRecord;
export const deidentifiedCastRules: Linter.RulesRecord;
