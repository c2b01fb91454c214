/** Draws plan vs fact on every [data-indicator-chart] canvas with the few Chart.js pieces it needs, and offers a PNG; the CMS preview draws with the same function. */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type Plugin } from 'chart.js';
import type { ChartData } from '../lib/chart-data.ts';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLORS = { plan: '#555d66', fact: '#0b5cad', baseline: '#8a5a00', grid: '#c9d1db', text: '#1b1f24', background: '#ffffff' };
type Theme = typeof COLORS & { font: number };

/**
 * The chart's colours and text size: the site's own, or in the version for the visually impaired its colour scheme
 * (one colour for every line: plan and fact still differ by dashes and markers) and its text size.
 */
function chartTheme(doc: Document): Theme {
  const root = doc.documentElement;
  const style = (doc.defaultView ?? window).getComputedStyle(root);
  const font = Math.round((parseFloat(style.fontSize) || 16) * 0.8);
  if (!root.hasAttribute('data-vision-scheme')) return { ...COLORS, font };
  const v = (name: string) => style.getPropertyValue(name).trim();
  return { plan: v('--fg'), fact: v('--fg'), baseline: v('--fg'), grid: v('--border'), text: v('--fg'), background: v('--bg'), font };
}

/** A solid background (white, or the scheme's), so the downloaded PNG is readable in any viewer. */
const background = (color: string): Plugin<'line'> => ({
  id: 'background',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
});

const numberFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });

/** Draws one indicator's chart on a canvas (also one inside the CMS preview frame) and returns it, so the caller can destroy it. */
export function drawIndicatorChart(canvas: HTMLCanvasElement, data: ChartData): Chart<'line'> {
  const theme = chartTheme(canvas.ownerDocument);
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const show = (v: number) => (data.boolean ? (v >= 0.5 ? 'да' : 'нет') : `${numberFormat.format(v)} ${data.unit}`);
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: [
        { label: 'План', data: data.plan, borderColor: theme.plan, backgroundColor: theme.plan, borderDash: [6, 4], pointStyle: 'rect', pointRadius: 5, spanGaps: true, stepped: data.boolean, clip: false },
        { label: 'Факт', data: data.fact, borderColor: theme.fact, backgroundColor: theme.fact, pointStyle: 'circle', pointRadius: 5, borderWidth: 3, spanGaps: true, stepped: data.boolean, clip: false },
        ...(data.finalPlanYear ? [{ label: `Итоговый план на ${data.finalPlanYear} год`, data: data.finalPlan, borderColor: theme.plan, backgroundColor: theme.plan, borderDash: [2, 3], borderWidth: 1.5, pointRadius: 0, pointHitRadius: 6, pointStyle: 'line' as const, clip: false as const }] : []),
        ...(data.baseline.some((v) => v !== null) ? [{ label: 'Базовое значение', data: data.baseline, borderColor: theme.baseline, backgroundColor: theme.baseline, pointStyle: 'triangle' as const, pointRadius: 7, showLine: false, clip: false as const }] : []),
      ],
    },
    options: {
      font: { size: theme.font },
      responsive: true,
      maintainAspectRatio: false,
      animation: reduced ? false : { duration: 400 },
      // Room around the plot, so the point markers (plan squares, 5 px) at the first and last year are not cut off.
      layout: { padding: { top: 12, right: 16, bottom: 4, left: 4 } },
      plugins: {
        legend: { labels: { color: theme.text, usePointStyle: true } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${show(c.parsed.y ?? 0)}` } },
      },
      scales: {
        // Labels are every calendar year of the range (see indicatorChartData); offset keeps the end years off the edges.
        x: { offset: true, title: { display: true, text: 'Год', color: theme.text }, ticks: { color: theme.text }, grid: { color: theme.grid } },
        y: {
          title: { display: true, color: theme.text, text: data.boolean ? 'да / нет' : `${data.unit}${data.lowerIsBetter ? ' (чем меньше, тем лучше)' : ''}` },
          ticks: { color: theme.text, ...(data.boolean ? { stepSize: 1, callback: (v) => (Number(v) === 1 ? 'да' : Number(v) === 0 ? 'нет' : '') } : { callback: (v) => numberFormat.format(Number(v)) }) },
          grid: { color: theme.grid },
          ...(data.boolean ? { min: 0, max: 1 } : { beginAtZero: true, grace: '5%' }),
        },
      },
    },
    plugins: [background(theme.background)],
  });
  return chart;
}

function draw(canvas: HTMLCanvasElement) {
  const data = JSON.parse(canvas.dataset.indicatorChart!) as ChartData;
  let chart = drawIndicatorChart(canvas, data);
  // A colour scheme or text size chosen in the version for the visually impaired redraws the chart in it.
  new MutationObserver(() => {
    chart.destroy();
    chart = drawIndicatorChart(canvas, data);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-vision-scheme', 'data-vision-size'] });
  const link = canvas.closest('figure')?.querySelector<HTMLAnchorElement>('[data-chart-png]');
  if (link) {
    link.hidden = false;
    link.addEventListener('click', () => { link.href = chart.toBase64Image('image/png', 1); });
  }
}

document.querySelectorAll<HTMLCanvasElement>('canvas[data-indicator-chart]').forEach(draw);
