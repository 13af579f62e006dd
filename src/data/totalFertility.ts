// National total fertility by year (its source is in demography.ts, which re-exports it): apart
// from the rest of the national figures, since the workshop cases' summaries quote it and the page
// has them (caseList.ts) before it needs any other.

/** National total fertility rate by year. 2021 and 2024 have no published figure: 2021 lies between
 * the census and 2022, 2024 is held at 2023's (said in the source note). */
export const nationalTotalFertility: Readonly<Record<number, number>> = { 2020: 1.3, 2021: 1.15, 2022: 1.05, 2023: 1.0, 2024: 1.0 };
