import type { CompiledForest } from '../../server/src/modules/training/trees/compiled-forest.js';

/** Leaves and the sum over leaves of depth^2 (the L D^2 of TreeSHAP's Algorithm 2), per forest. */
export function forestShape(forest: CompiledForest): { leaves: number; maxDepth: number; meanDepth: number; sumDepthSquared: number } {
  const { treeRoots, feature, left, right } = forest.arrays;
  let leaves = 0;
  let maxDepth = 0;
  let depthSum = 0;
  let sumDepthSquared = 0;
  for (let t = 0; t < treeRoots.length; t++) {
    const stack: [number, number][] = [[treeRoots[t], 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      if (feature[node] >= 0) {
        stack.push([left[node], depth + 1], [right[node], depth + 1]);
        continue;
      }
      leaves++;
      depthSum += depth;
      sumDepthSquared += depth * depth;
      maxDepth = Math.max(maxDepth, depth);
    }
  }
  return { leaves, maxDepth, meanDepth: depthSum / leaves, sumDepthSquared };
}
