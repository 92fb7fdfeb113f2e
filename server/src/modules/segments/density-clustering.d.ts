// Types for the untyped CommonJS package `density-clustering` (only what the segments use).
declare module 'density-clustering' {
  type Distance = (a: number[], b: number[]) => number;
  export class DBSCAN {
    constructor();
    run(dataset: number[][], epsilon: number, minPts: number, distance?: Distance): number[][];
    clusters: number[][];
    /** Points first seen as noise; some may later join a cluster as border points. */
    noise: number[];
    /** Internal: appends the ids of `b` missing from `a` to `a` (overridable per instance). */
    _mergeArrays(a: number[], b: number[]): number[];
  }
  const densityClustering: { DBSCAN: typeof DBSCAN };
  export default densityClustering;
}
