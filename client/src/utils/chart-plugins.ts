import type { Chart, ChartArea, ChartType, Plugin } from 'chart.js';

/**
 * Two small chart.js plugins, so the Drivers page needs no chart add-on packages:
 * - errorBars: ± one standard deviation whiskers on horizontal bars (importance);
 * - pdpOverlay: shaded regions of interest, a rug of where the customers are, and the
 *   dashed baseline (the mean prediction) behind a response curve.
 * Options travel in `options.plugins.<id>` like any chart.js plugin's, so they update with
 * the chart. The geometry is in pure functions, tested without a canvas.
 */
export interface ErrorBarsOptions {
  /** Per dataset index: one ± spread per bar (null: no whisker). */
  spreads: Array<Array<number | null>>;
  color?: string;
}

export interface ShadeRegion {
  /** x-scale values; null = open towards that side of the chart. */
  from: number | null;
  to: number | null;
  /** Short tag drawn at the top of the shade ("1", "2"): matches the legend under the chart. */
  tag: string;
}

export interface RugBin {
  from: number;
  to: number;
  count: number;
}

export interface PdpOverlayOptions {
  regions?: ShadeRegion[];
  rug?: RugBin[];
  baseline?: { value: number; label: string } | null;
  shadeColor?: string;
  shadeBorder?: string;
  rugColor?: string;
  baselineColor?: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    errorBars?: ErrorBarsOptions;
    pdpOverlay?: PdpOverlayOptions;
  }
}

export interface PixelScale {
  getPixelForValue(value: number): number;
}

/** Left/right pixels of a whisker from value − spread to value + spread. */
export function whiskerPixels(scale: PixelScale, value: number, spread: number): { low: number; high: number } {
  const a = scale.getPixelForValue(value - Math.abs(spread));
  const b = scale.getPixelForValue(value + Math.abs(spread));
  return { low: Math.min(a, b), high: Math.max(a, b) };
}

/** The horizontal pixel span of a region, clamped to the plot area; null when outside it. */
export function shadeSpan(
  scale: PixelScale,
  area: Pick<ChartArea, 'left' | 'right'>,
  from: number | null,
  to: number | null,
): { left: number; right: number } | null {
  const a = from === null ? area.left : scale.getPixelForValue(from);
  const b = to === null ? area.right : scale.getPixelForValue(to);
  const left = Math.max(area.left, Math.min(a, b));
  const right = Math.min(area.right, Math.max(a, b));
  return right > left ? { left, right } : null;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Rug bars along the bottom of the plot: the tallest bin takes `heightShare` of the plot's
 * height, so the curve above stays readable. Bins narrower than a pixel still show.
 */
export function rugRects(scale: PixelScale, area: ChartArea, bins: readonly RugBin[], heightShare = 0.16): Rect[] {
  const most = Math.max(0, ...bins.map((bin) => bin.count));
  if (most <= 0) return [];
  const full = (area.bottom - area.top) * heightShare;
  return bins.flatMap((bin) => {
    const span = shadeSpan(scale, area, bin.from, bin.to);
    if (!span || bin.count <= 0) return [];
    const height = Math.max(1, (bin.count / most) * full);
    const width = Math.max(1, span.right - span.left - 1);
    return [{ x: span.left, y: area.bottom - height, width, height }];
  });
}

export const errorBarsPlugin: Plugin<'bar'> = {
  id: 'errorBars',
  afterDatasetsDraw(chart: Chart<'bar'>) {
    // chart.js hands plugin options back deep-partial; ours are always passed whole.
    const options = chart.options.plugins?.errorBars as ErrorBarsOptions | undefined;
    if (!options) return;
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    const valueScale = horizontal ? chart.scales.x : chart.scales.y;
    if (!valueScale) return;
    ctx.save();
    ctx.strokeStyle = options.color ?? '#1c2434';
    ctx.lineWidth = 1.25;
    options.spreads.forEach((spreads, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.hidden) return;
      meta.data.forEach((element, index) => {
        const spread = spreads[index];
        const value = chart.data.datasets[datasetIndex]?.data[index];
        if (spread === null || spread === undefined || typeof value !== 'number') return;
        const { low, high } = whiskerPixels(valueScale, value, spread);
        const center = horizontal ? element.y : element.x;
        const cap = 4;
        ctx.beginPath();
        if (horizontal) {
          ctx.moveTo(low, center);
          ctx.lineTo(high, center);
          ctx.moveTo(low, center - cap);
          ctx.lineTo(low, center + cap);
          ctx.moveTo(high, center - cap);
          ctx.lineTo(high, center + cap);
        } else {
          ctx.moveTo(center, low);
          ctx.lineTo(center, high);
          ctx.moveTo(center - cap, low);
          ctx.lineTo(center + cap, low);
          ctx.moveTo(center - cap, high);
          ctx.lineTo(center + cap, high);
        }
        ctx.stroke();
      });
    });
    ctx.restore();
  },
};

export const pdpOverlayPlugin: Plugin = {
  id: 'pdpOverlay',
  beforeDatasetsDraw(chart: Chart) {
    const options = chart.options.plugins?.pdpOverlay as PdpOverlayOptions | undefined;
    const x = chart.scales.x;
    if (!options || !x) return;
    const { ctx, chartArea: area } = chart;
    ctx.save();
    for (const region of options.regions ?? []) {
      const span = shadeSpan(x, area, region.from, region.to);
      if (!span) continue;
      ctx.fillStyle = options.shadeColor ?? 'rgba(31, 138, 91, 0.13)';
      ctx.fillRect(span.left, area.top, span.right - span.left, area.bottom - area.top);
      ctx.strokeStyle = options.shadeBorder ?? 'rgba(31, 138, 91, 0.55)';
      ctx.setLineDash([3, 3]);
      ctx.lineWidth = 1;
      ctx.strokeRect(span.left + 0.5, area.top + 0.5, span.right - span.left - 1, area.bottom - area.top - 1);
      ctx.setLineDash([]);
      ctx.fillStyle = options.shadeBorder ?? 'rgba(31, 138, 91, 0.9)';
      ctx.font = '600 11px system-ui, sans-serif';
      ctx.textBaseline = 'top';
      ctx.fillText(region.tag, span.left + 4, area.top + 4);
    }
    ctx.fillStyle = options.rugColor ?? 'rgba(91, 102, 124, 0.28)';
    for (const rect of rugRects(x, area, options.rug ?? [])) ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
    ctx.restore();
  },
  afterDatasetsDraw(chart: Chart) {
    const options = chart.options.plugins?.pdpOverlay as PdpOverlayOptions | undefined;
    const baseline = options?.baseline;
    const y = chart.scales.y;
    if (!baseline || !y) return;
    const { ctx, chartArea: area } = chart;
    const pixel = y.getPixelForValue(baseline.value);
    if (pixel < area.top || pixel > area.bottom) return;
    ctx.save();
    ctx.strokeStyle = options?.baselineColor ?? '#5b667c';
    ctx.setLineDash([6, 4]);
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(area.left, pixel);
    ctx.lineTo(area.right, pixel);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    // A light backing keeps the label readable over bars and shading.
    const width = ctx.measureText(baseline.label).width;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
    ctx.fillRect(area.right - width - 8, pixel - 16, width + 6, 14);
    ctx.fillStyle = ctx.strokeStyle;
    ctx.fillText(baseline.label, area.right - 5, pixel - 3);
    ctx.restore();
  },
};
