/** The «Адрес страницы» field: Decap's text input that, in a new entry, refuses an address another entry of the collection already has, and, in a saved entry, lists the entries that refer to it. */
import { Component, createElement as h, type ComponentType } from 'react';
import { slugTakenMessage } from '../src/lib/cms-draft.ts';
import { deleteRefusal, referrersNotice, referrersOf, referringCollections, type EntryData, type Referrer } from '../src/lib/references.ts';

interface Immutable { get(key: string): any }
type Hits = { payload?: { hits?: { slug: string; data?: unknown }[] } };
interface Props {
  value?: string;
  forID: string;
  entry?: Immutable;
  collection: Immutable;
  query(namespace: string, collection: string, fields: string[], term: string): Promise<Hits>;
  t(key: string): string;
  [key: string]: unknown;
}
interface Cms {
  getWidget(name: string): { control: ComponentType<any>; preview: ComponentType<any> };
  registerWidget(name: string, control: ComponentType<any>, preview?: ComponentType<any>): void;
}

/**
 * Decap itself saves a new entry whose address is taken under «<address>-1», while the address in the file stays
 * «<address>»: the build then refuses both files. The addresses (file names) of the collection are loaded once when
 * a new entry opens, and the field is invalid while it holds one of them, so the CMS names the problem before saving.
 *
 * Decap has no event before deleting an entry, and deleting one that others refer to (a material in a case's step)
 * only fails at the next build. So a saved entry loads the entries of the collections that can refer to it and shows,
 * under its address, which of them do (src/lib/references.ts, the schema's relations the build also follows). While
 * the list is not empty, Decap's «Удалить запись» button is stopped before Decap sees the click (Decap only asks
 * «are you sure» in words that cannot name the entries) and the methodist is told which links to remove first.
 */
export function registerSlugWidget(cms: Cms): void {
  const text = cms.getWidget('string');
  class SlugControl extends Component<Props, { referrers: Referrer[] }> {
    state = { referrers: [] as Referrer[] };
    taken = new Set<string>();
    live = true;
    load = (collection: string): Promise<EntryData[]> =>
      this.props.query(this.props.forID, collection, ['slug'], '')
        .then((result) => (result?.payload?.hits ?? []).map((hit) => ({ collection, slug: hit.slug, data: hit.data })))
        .catch(() => []);
    componentDidMount() {
      const name: string = this.props.collection.get('name');
      if (this.props.entry?.get('newRecord')) {
        void this.load(name).then((entries) => { for (const e of entries) this.taken.add(e.slug); });
        return;
      }
      const slug: string | undefined = this.props.entry?.get('slug');
      if (!slug) return;
      document.addEventListener('click', this.guardDelete, true);
      void Promise.all(referringCollections(name).map(this.load)).then((lists) => {
        if (this.live) this.setState({ referrers: referrersOf({ collection: name, slug }, lists.flat()) });
      });
    }
    componentWillUnmount() { this.live = false; document.removeEventListener('click', this.guardDelete, true); }
    /** Clicks reach the document (capture) before Decap's handlers on its root, so a refused delete never starts. */
    guardDelete = (event: MouseEvent) => {
      const refusal = deleteRefusal(this.state.referrers);
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      const deleting = [this.props.t('editor.editorToolbar.deleteEntry'), this.props.t('editor.editorToolbar.deletePublishedEntry')];
      if (!refusal || !button || !deleting.includes(button.textContent?.trim() ?? '')) return;
      event.preventDefault();
      event.stopPropagation();
      window.alert(refusal);
    };
    isValid = () => {
      const value = this.props.value;
      return value && this.taken.has(value) ? { error: { type: 'CUSTOM', message: slugTakenMessage(value) } } : true;
    };
    render() {
      const input = h(text.control, this.props);
      const notice = referrersNotice(this.state.referrers);
      // One shape whether or not the notice is there: the input must stay mounted when the list arrives, or what the
      // methodist has typed meanwhile is lost.
      return h('div', null, input, notice &&
        h('div', { role: 'note', 'data-referrers': '', style: { marginTop: '12px', padding: '10px 12px', border: '2px solid #b45309', borderRadius: '5px', background: '#fffbeb', color: '#1f2933', fontSize: '14px' } },
          h('p', { style: { margin: '0 0 6px' } }, notice),
          h('ul', { style: { margin: 0, paddingLeft: '20px' } }, ...this.state.referrers.map((r) => h('li', { key: `${r.collection}/${r.slug}` },
            // A new tab: Decap moved to another entry inside the open editor keeps this entry's fields in that entry's form.
            h('a', { href: `#/collections/${r.collection}/entries/${r.slug}`, target: '_blank', rel: 'noopener' }, r.name), ' (откроется в новой вкладке)',
            ` — ${r.fields.join('; ')}`)))));
    }
  }
  cms.registerWidget('slug', SlugControl, text.preview);
}
