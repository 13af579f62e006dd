// The two reference scenarios every county has (assumptions.ts builds them): named apart from the
// engine, so the page can offer the choice without loading the engine.
export const presetIds = ['plan', 'trend'] as const;
export type PresetId = (typeof presetIds)[number];
