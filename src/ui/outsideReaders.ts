// Everything the page reads from outside — a link's scenario, a file, what this browser stored —
// in one chunk, loaded by readers.ts: these hold zod's schemas, a third of what the first view would
// otherwise download.
export { decodeLink } from '../scenario/link.ts';
export { readScenarioText, scenarioJsonLimits } from '../scenario/readScenario.ts';
export { readSavedList, writeSavedList } from '../scenario/savedList.ts';
export { countyImportLimits, readCountyText } from '../data/importCounty.ts';
export { readStoredCounties } from '../data/storedCounties.ts';
