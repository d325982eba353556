import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';

export interface RadarPoint {
  axis: string;
  before: number | null;
  after: number | null;
}

/** Before (dashed) and after (solid) on one radar; shown beside a table with the same numbers, so it is hidden from screen readers. */
export function CompareRadar({ points, max, beforeLabel, afterLabel, size = 420 }: { points: RadarPoint[]; max: number; beforeLabel: string; afterLabel: string; size?: number }) {
  if (points.length < 3) return null;
  const data = points.map((p) => ({ ...p, before: p.before ?? 0, after: p.after ?? 0 }));
  // The scale's numbers run up the line half-way between the first two spokes, so the top number never sits on the first section's label.
  const scaleAngle = 90 - 180 / points.length;
  return (
    <div aria-hidden="true" className="radar">
      <RadarChart width={size} height={size * 0.8} data={data} outerRadius="70%" accessibilityLayer={false}>
        <PolarGrid />
        <PolarAngleAxis dataKey="axis" />
        <PolarRadiusAxis type="number" domain={[0, max]} tickCount={max + 1} angle={scaleAngle} allowDataOverflow tick={{ fontSize: 11, fill: '#4a5058' }} />
        <Radar name={beforeLabel} dataKey="before" stroke="#a4161a" fill="#a4161a" fillOpacity={0.1} strokeDasharray="5 4" />
        <Radar name={afterLabel} dataKey="after" stroke="#0b5394" fill="#0b5394" fillOpacity={0.25} />
        <Legend />
      </RadarChart>
    </div>
  );
}
