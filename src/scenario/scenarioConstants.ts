// What the page writes a scenario with, without the schema that reads one (scenarioSchema.ts, which
// re-exports these): the format's version and the ids it names counties and fields by.
export const scenarioVersion = 5;

export const snakeId = /^[a-z][a-z0-9_]*$/u;
export const countyIdPattern = snakeId;
