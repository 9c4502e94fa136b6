import {
  useId,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';

/** Where a tooltip points, in CSS px relative to the canvas. */
export interface TipPoint {
  readonly xPx: number;
  readonly yPx: number;
}

export interface TimelineCanvasFrameProps {
  readonly canvasRef: RefObject<HTMLCanvasElement | null>;
  /** The frame's preferred height (CSS px), as `--timeline-height`. */
  readonly heightPx: number;
  /** The canvas's accessible name. */
  readonly ariaLabel: string;
  /** The canvas's size in CSS px, to flip the tooltip near the right and bottom edges. */
  readonly widthPx: number;
  readonly canvasHeightPx: number;
  /** The tooltip's anchor, or null for no tooltip. */
  readonly tip: TipPoint | null;
  /** The tooltip's lines; the first is its title. */
  readonly tipLines: readonly string[];
  /** Within this many CSS px of the right edge the tooltip opens to the left of its anchor. */
  readonly flipXPx: number;
  /** Within this many CSS px of the bottom edge it opens above. */
  readonly flipYPx: number;
  /** The pointer moved, to this point in CSS px relative to the canvas. */
  readonly onPointerMove: (point: TipPoint) => void;
  readonly onPointerLeave: () => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLCanvasElement>) => void;
  readonly onBlur: () => void;
  /** The line under the timeline on how to read it from the keyboard. */
  readonly hint: string;
  /** Read out by screen readers (the selected item's details). */
  readonly announcement: string;
}

const TOOLTIP_OFFSET_PX = 14;

/**
 * A canvas timeline's markup: the sized frame, the focusable canvas, its tooltip, the keyboard
 * hint and the live region. The timeline components own what is drawn and what the tooltip says.
 */
export function TimelineCanvasFrame(props: TimelineCanvasFrameProps) {
  const { canvasRef, tip, tipLines, flipXPx, flipYPx, onPointerMove } = props;
  const tooltipId = useId();
  const flipX = tip !== null && tip.xPx > props.widthPx - flipXPx;
  const flipY = tip !== null && tip.yPx > props.canvasHeightPx - flipYPx;
  const pointerMove = (event: PointerEvent<HTMLCanvasElement>): void => {
    const rect = event.currentTarget.getBoundingClientRect();
    onPointerMove({ xPx: event.clientX - rect.left, yPx: event.clientY - rect.top });
  };
  return (
    <div className="timeline">
      <div
        className="timeline__frame"
        style={{ '--timeline-height': `${props.heightPx}px` } as CSSProperties}
      >
        <canvas
          ref={canvasRef}
          className="timeline__canvas"
          role="img"
          tabIndex={0}
          aria-label={props.ariaLabel}
          aria-describedby={tip ? tooltipId : undefined}
          onPointerMove={pointerMove}
          onPointerLeave={props.onPointerLeave}
          onKeyDown={props.onKeyDown}
          onBlur={props.onBlur}
        />
        {tip ? (
          <div
            id={tooltipId}
            role="tooltip"
            className="timeline__tooltip"
            style={{
              left: `${tip.xPx + (flipX ? -TOOLTIP_OFFSET_PX : TOOLTIP_OFFSET_PX)}px`,
              top: `${tip.yPx + (flipY ? -TOOLTIP_OFFSET_PX : TOOLTIP_OFFSET_PX)}px`,
              transform: `translate(${flipX ? '-100%' : '0'}, ${flipY ? '-100%' : '0'})`,
            }}
          >
            {tipLines.map((line, k) => (
              <div key={k} className={k === 0 ? 'timeline__tooltip-title' : undefined}>
                {line}
              </div>
            ))}
          </div>
        ) : null}
      </div>
      <p className="timeline__hint">{props.hint}</p>
      <div className="visually-hidden" aria-live="polite">
        {props.announcement}
      </div>
    </div>
  );
}
