/** Where the design system's SVG sprite is served (dkfds's dist/img, under /static/dkfds/). */
export const ICON_SPRITE = '/static/dkfds/img/all-svg-icons.svg';

/**
 * An icon from Det Fælles Designsystem's sprite, as the design system documents it: `<svg class="icon-svg">` with
 * `<use href="…#name">`. Decorative unless given a label (then it is an image with that name).
 */
export function Icon({ name, label, class: extra }: { name: string; label?: string; class?: string }) {
  const className = extra ? `icon-svg ${extra}` : 'icon-svg';
  return label ? (
    <svg class={className} focusable="false" role="img" aria-label={label}>
      <use href={`${ICON_SPRITE}#${name}`} />
    </svg>
  ) : (
    <svg class={className} focusable="false" aria-hidden="true">
      <use href={`${ICON_SPRITE}#${name}`} />
    </svg>
  );
}

/** The icon each kind of alert carries (dkfds: info, success, warning, error). */
export const alertIcons = { info: 'info', success: 'success', warning: 'warning', error: 'error' } as const;
