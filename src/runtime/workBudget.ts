// How long a worker may take to draw a Monte Carlo before it counts as silent (on its own module:
// the page's first view has it without the engine).

/** ten times what the benchmark measures per draw and county (4 µs) */
export const monteCarloWorkMs = (draws: number, counties: number) => draws * counties * 0.04;
