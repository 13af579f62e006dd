// Property tests draw their cases from one fixed seed, so a run on a clean clone tries the same
// cases as the run before it: a failure is the code's, reproducible, never the luck of the draw.
// (A test that names its own seed keeps it.)
import fc from 'fast-check';

fc.configureGlobal({ seed: 20261202 });
