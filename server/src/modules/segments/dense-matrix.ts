/**
 * A row-major matrix of float64s: the numeric form every clustering step works on.
 * One flat typed array instead of number[][] keeps distance loops cache-friendly and the
 * matrix cheap to slice, sample and move between threads.
 */
export interface DenseMatrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

export function createMatrix(rows: number, cols: number): DenseMatrix {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/** From plain arrays (e.g. stored centroids); every row must have the same length. */
export function fromArrays(arrays: ArrayLike<number>[]): DenseMatrix {
  const rows = arrays.length;
  const cols = rows > 0 ? arrays[0].length : 0;
  const m = createMatrix(rows, cols);
  arrays.forEach((row, i) => {
    if (row.length !== cols) throw new Error(`Row ${i} has ${row.length} values; expected ${cols}.`);
    for (let j = 0; j < cols; j++) m.data[i * cols + j] = row[j];
  });
  return m;
}

/** Plain nested arrays: what ml-* packages take and what JSON stores. */
export function toArrays(m: DenseMatrix): number[][] {
  const out: number[][] = new Array(m.rows);
  for (let i = 0; i < m.rows; i++) out[i] = Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols));
  return out;
}

export function takeMatrixRows(m: DenseMatrix, indices: ArrayLike<number>): DenseMatrix {
  const out = createMatrix(indices.length, m.cols);
  for (let i = 0; i < indices.length; i++) {
    const src = indices[i] * m.cols;
    out.data.set(m.data.subarray(src, src + m.cols), i * m.cols);
  }
  return out;
}
