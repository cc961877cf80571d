import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Category, ReactionKind } from '../../shared/board.ts';
import type { Post } from '../../shared/post.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { categoryLabel } from '../labels.ts';
import { ProjectorLayout } from '../projector/commands.ts';
import {
  clampPage,
  MAX_LANES,
  pagesByCategory,
  pagesInGrid,
  samePages,
  type PageLane,
  type ProjectorPage,
} from '../projector/paging.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import type { ProjectorPost } from './projector-post.ts';
import './projector-post.ts';

/** Lane key for posts whose category the board no longer lists. */
const OTHER_LANE = '';

/**
 * The posts on the projector, one page at a time: in columns by category, or as a grid that fills evenly from
 * the top left. The element measures every card in an unseen copy of a lane and splits the posts into pages that fit,
 * so the screen never scrolls; the parent picks the page and hears how many there are (`projector-pages`).
 */
@customElement('projector-columns')
export class ProjectorColumns extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        position: relative;
        min-height: 0;
      }

      .stage {
        position: relative;
        height: 100%;
        /* Paging makes everything fit; this only guards the screen against a card taller than a whole lane. */
        overflow: hidden;
      }

      .lanes,
      .measure {
        display: grid;
        gap: var(--space-4);
        grid-template-columns: repeat(var(--lane-count, 3), minmax(0, 1fr));
      }

      .lanes {
        height: 100%;
      }

      .lanes-1 {
        --lane-count: 1;
      }

      .lanes-2 {
        --lane-count: 2;
      }

      .lane {
        display: flex;
        flex-direction: column;
        gap: var(--space-2);
        min-height: 0;
        min-width: 0;
      }

      .lane-heading {
        margin: 0;
        padding-bottom: var(--space-1);
        border-bottom: var(--border-width-strong) solid var(--color-primary);
        font-size: var(--font-size-xl);
        font-weight: var(--font-weight-bold);
        line-height: var(--line-height-tight);
        overflow-wrap: anywhere;
      }

      .cards {
        display: flex;
        flex-direction: column;
        gap: var(--space-3);
        margin: 0;
        padding: 0;
        list-style: none;
      }

      .lane .cards {
        flex: 1;
        min-height: 0;
      }

      /* Cards keep their measured height: a full lane must never squeeze them. */
      .cards > * {
        flex: none;
      }

      /* The unseen copy: laid out at a real lane's width, taking no room and never read out. */
      .measure {
        position: absolute;
        inset: 0 0 auto;
        height: 0;
        overflow: hidden;
        visibility: hidden;
      }

      .empty {
        position: absolute;
        inset: 0;
        display: grid;
        place-items: center;
        margin: 0;
        color: var(--color-text-muted);
        font-size: var(--font-size-base);
        text-align: center;
      }
    `,
  ];

  @property({ attribute: false }) posts: ReadonlyMap<string, Post> = new Map();
  /** Post ids in display order (see ../projector/order.ts). */
  @property({ attribute: false }) order: readonly string[] = [];
  @property({ attribute: false }) categories: readonly Category[] = [];
  @property({ attribute: false }) reactionKinds: readonly ReactionKind[] = [];
  @property() layout: ProjectorLayout = ProjectorLayout.columns;
  /** Zero-based; clamped to the pages there are. */
  @property({ type: Number }) page = 0;

  @state() private pages: readonly ProjectorPage[] = [];

  @query('.stage') private stage?: HTMLElement;
  @query('.measure') private measureBox?: HTMLElement;

  private readonly i18n = new LocaleController(this);
  private resizeObserver: ResizeObserver | undefined;
  /** Bumped per measurement, so a slower earlier one cannot overwrite a newer result. */
  private measureRun = 0;
  private reportedCount = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // A projector resolution change or a window resize changes what fits.
    this.resizeObserver ??= new ResizeObserver(() => void this.measure());
    if (this.stage) this.resizeObserver.observe(this.stage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override firstUpdated(): void {
    if (this.stage) this.resizeObserver?.observe(this.stage);
    // System fonts are usually ready at once; if one loads late, heights change and must be measured again.
    void document.fonts.ready.then(() => this.measure());
  }

  protected override updated(): void {
    void this.measure();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Until the new layout is measured, keep showing something sensible rather than an empty screen.
    if (changed.has('layout') && changed.get('layout') !== undefined) this.pages = [];
  }

  private laneKeyOf(post: Post): string {
    return this.categories.some((category) => category.id === post.category) ? post.category : OTHER_LANE;
  }

  /** The lanes of the columns layout: each category the board lists, then one for posts in none of them. */
  private categoryLanes(): PageLane[] {
    const byLane = new Map<string, string[]>(this.categories.map((category) => [category.id, []]));
    for (const id of this.order) {
      const post = this.posts.get(id);
      if (!post) continue;
      const key = this.laneKeyOf(post);
      const lane = byLane.get(key) ?? [];
      lane.push(id);
      byLane.set(key, lane);
    }
    return [...byLane].map(([key, ids]) => ({ key, ids }));
  }

  private laneName(key: string): string {
    const t = this.i18n.t;
    return key === OTHER_LANE ? t.categoryOther : categoryLabel(t, key, this.categories);
  }

  private get laneCount(): number {
    if (this.layout === ProjectorLayout.grid) return MAX_LANES;
    return Math.max(1, Math.min(MAX_LANES, this.categoryLanes().length));
  }

  private async measure(): Promise<void> {
    const run = ++this.measureRun;
    const stage = this.stage;
    const box = this.measureBox;
    if (!stage || !box) return;
    const cards = [...box.querySelectorAll<ProjectorPost>('projector-post')];
    // Child elements render after this one; their heights mean nothing until they have.
    await Promise.all(cards.map((card) => card.updateComplete));
    if (run !== this.measureRun || !this.isConnected) return;
    const stageHeight = stage.clientHeight;
    // Nothing to measure against while hidden (a blanked screen keeps its layout, but be safe).
    if (stageHeight <= 0) return;

    const list = box.querySelector<HTMLElement>('.cards');
    const lane = box.querySelector<HTMLElement>('.lane');
    const gap = list ? parseFloat(getComputedStyle(list).rowGap) || 0 : 0;
    let capacity = stageHeight;
    if (this.layout === ProjectorLayout.columns) {
      // The tallest heading of any category, not just this page's: every page's lanes then hold as much.
      const headings = [...box.querySelectorAll<HTMLElement>('.lane-heading')];
      const headingHeight = Math.max(0, ...headings.map((heading) => heading.getBoundingClientRect().height));
      const laneGap = lane ? parseFloat(getComputedStyle(lane).rowGap) || 0 : 0;
      capacity -= headingHeight + laneGap;
    }
    const heights = new Map<string, number>();
    for (const card of cards) {
      const id = card.post?.id;
      if (id) heights.set(id, card.getBoundingClientRect().height);
    }
    // One pixel to spare: sub-pixel rounding must never push the last card over the edge.
    const metrics = { capacity: capacity - 1, gap, heightOf: (id: string) => heights.get(id) ?? 0 };
    const pages =
      this.layout === ProjectorLayout.grid
        ? pagesInGrid(
            this.order.filter((id) => this.posts.has(id)),
            metrics,
            MAX_LANES,
          )
        : pagesByCategory(this.categoryLanes(), metrics, MAX_LANES);
    if (!samePages(pages, this.pages)) this.pages = pages;
    if (pages.length !== this.reportedCount) {
      this.reportedCount = pages.length;
      this.dispatchEvent(
        new CustomEvent('projector-pages', {
          detail: { count: pages.length },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  private renderCard(id: string, measuring: boolean): TemplateResult | typeof nothing {
    const post = this.posts.get(id);
    if (!post) return nothing;
    const grid = this.layout === ProjectorLayout.grid;
    return html`<projector-post
      .post=${post}
      .reactionKinds=${this.reactionKinds}
      .categoryName=${grid ? this.laneName(this.laneKeyOf(post)) : ''}
      ?measuring=${measuring}
    ></projector-post>`;
  }

  private renderLane(lane: PageLane): TemplateResult {
    const columns = this.layout === ProjectorLayout.columns;
    const headingId = `lane-${lane.key || 'other'}`;
    return html`<section class="lane" aria-labelledby=${columns ? headingId : nothing}>
      ${columns ? html`<h2 class="lane-heading" id=${headingId}>${this.laneName(lane.key)}</h2>` : nothing}
      <ol class="cards" role="list">
        ${repeat(
          lane.ids,
          (id) => id,
          (id) => html`<li>${this.renderCard(id, false)}</li>`,
        )}
      </ol>
    </section>`;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const columns = this.layout === ProjectorLayout.columns;
    const count = this.laneCount;
    const laneClass = count === 1 ? 'lanes-1' : count === 2 ? 'lanes-2' : '';
    const page = this.pages[clampPage(this.page, this.pages.length)];
    // Before the first measurement: the columns' headings, so the screen does not start blank.
    const lanes: readonly PageLane[] =
      page?.lanes ??
      (columns
        ? this.categoryLanes()
            .slice(0, MAX_LANES)
            .map((lane) => ({ ...lane, ids: [] }))
        : []);
    return html`
      <div class="stage">
        ${columns ? nothing : html`<h2 class="visually-hidden">${t.present.postsHeading}</h2>`}
        <div class="lanes ${laneClass}">
          ${repeat(
            lanes,
            (lane) => lane.key,
            (lane) => this.renderLane(lane),
          )}
        </div>
        ${this.posts.size === 0 ? html`<p class="empty">${t.present.empty}</p>` : nothing}
        <div class="measure ${laneClass}" aria-hidden="true">
          <div class="lane">
            ${
              columns
                ? this.categoryLanes().map(
                    (lane) => html`<p class="lane-heading">${this.laneName(lane.key)}</p>`,
                  )
                : nothing
            }
            <div class="cards">
              ${repeat(
                this.order,
                (id) => id,
                (id) => this.renderCard(id, true),
              )}
            </div>
          </div>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'projector-columns': ProjectorColumns;
  }
}
