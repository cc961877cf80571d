import { LitElement, css, html, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { encode } from 'uqr';

/** Light modules around the code; scanners need a quiet zone of four (ISO/IEC 18004). */
const QUIET_ZONE = 4;

/**
 * A QR code for a link, drawn as one SVG path from uqr's module matrix (no innerHTML, so it passes the strict CSP
 * and can never inject markup). Shared by the facilitator console and the projector view. The link itself must
 * also be shown as text next to it (accessibility-and-ux.md C.17); `label` names the image for screen readers.
 */
@customElement('qr-code')
export class QrCode extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }

    svg {
      display: block;
      width: 100%;
      height: auto;
    }

    /* Scanners want dark modules on light: these tokens stay so in every theme, the projector's included. */
    .light {
      fill: var(--color-qr-light);
    }

    .dark {
      fill: var(--color-qr-dark);
    }
  `;

  @property() value = '';
  /** The accessible name of the image, e.g. "QR code for the participants' link". */
  @property() label = '';
  /** Rendered on the `<svg>`, so tests can find and screenshot it through the shadow root. */
  @property() testid: string | undefined;

  private path = '';
  private size = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('value')) return;
    if (!this.value) {
      this.path = '';
      this.size = 0;
      return;
    }
    // Medium error correction: survives a glare spot on a projected image without growing the code much.
    const { data, size } = encode(this.value, { ecc: 'M', border: 0 });
    // One `h1v1h-1z` square per dark module, merged into one path: a thousand rects would be slow to lay out.
    const parts: string[] = [];
    data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`);
      }),
    );
    this.path = parts.join('');
    this.size = size + 2 * QUIET_ZONE;
  }

  protected override render(): TemplateResult {
    if (!this.path) return html``;
    const size = this.size;
    return html`<svg
      role="img"
      aria-label=${this.label}
      viewBox="0 0 ${size} ${size}"
      shape-rendering="crispEdges"
      data-testid=${ifDefined(this.testid)}
    >
      ${svg`<rect class="light" width=${size} height=${size}></rect><path class="dark" d=${this.path}></path>`}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qr-code': QrCode;
  }
}
