// The two reference scenarios every county has (assumptions.ts builds them), by name: what the
// page's scenario switch offers, without the engine that builds them.
export const presetIds = ['plan', 'trend'] as const;
export type PresetId = (typeof presetIds)[number];
