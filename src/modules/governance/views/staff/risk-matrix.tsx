import { t } from '#platform/i18n/i18n.ts';
import { riskLevel } from '../../risk-rules.ts';
import type { Risk } from '../../security.service.ts';

const fills = { low: '#d8eed8', medium: '#fff1c2', high: '#ffd8b0', critical: '#f6c4c4' } as const;
const cell = 70;
const margin = 90;

/**
 * The risk matrix as SVG: likelihood up, consequence across, each cell the number of threats whose residual risk lies
 * there, shaded by level (the level is also in the cell's text, so colour is never the only sign). The table of
 * threats beside it carries the same figures for screen readers.
 */
export function RiskMatrix({ risks }: { risks: Risk[] }) {
  const size = margin + 4 * cell + 10;
  const scores = [1, 2, 3, 4];
  const count = (likelihood: number, consequence: number) =>
    risks.filter((risk) => risk.residualLikelihood === likelihood && risk.residualConsequence === consequence).length;
  return (
    <svg
      role="img"
      aria-labelledby="risk-matrix-title"
      viewBox={`0 0 ${size} ${size}`}
      width={String(size)}
      height={String(size)}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="risk-matrix-title" safe>
        {t('governance.risk.matrix', { count: risks.length })}
      </title>
      {scores.flatMap((likelihood) =>
        scores.map((consequence) => {
          const x = margin + (consequence - 1) * cell;
          const y = (4 - likelihood) * cell;
          const level = riskLevel(likelihood, consequence);
          return (
            <g>
              <rect
                x={String(x)}
                y={String(y)}
                width={String(cell)}
                height={String(cell)}
                fill={fills[level]}
                stroke="#555"
              />
              <text
                x={String(x + cell / 2)}
                y={String(y + cell / 2 + 6)}
                text-anchor="middle"
                font-size="18"
                fill="#1a1a1a"
              >
                {String(count(likelihood, consequence))}
              </text>
            </g>
          );
        }),
      )}
      <text x="8" y={String(2 * cell)} font-size="13" fill="#1a1a1a" safe>
        {t('governance.risk.likelihood')}
      </text>
      <text x={String(margin)} y={String(4 * cell + 24)} font-size="13" fill="#1a1a1a" safe>
        {t('governance.risk.consequence')}
      </text>
    </svg>
  );
}
