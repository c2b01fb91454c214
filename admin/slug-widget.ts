/** The «Адрес страницы» field: Decap's text input that, in a new entry, refuses an address another entry of the collection already has. */
import { Component, createElement as h, type ComponentType } from 'react';
import { slugTakenMessage } from '../src/lib/cms-draft.ts';

interface Immutable { get(key: string): any }
interface Props {
  value?: string;
  forID: string;
  entry?: Immutable;
  collection: Immutable;
  query(namespace: string, collection: string, fields: string[], term: string): Promise<{ payload?: { hits?: { slug: string }[] } }>;
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
 */
export function registerSlugWidget(cms: Cms): void {
  const text = cms.getWidget('string');
  class SlugControl extends Component<Props> {
    taken = new Set<string>();
    componentDidMount() {
      if (!this.props.entry?.get('newRecord')) return;
      this.props.query(this.props.forID, this.props.collection.get('name'), ['slug'], '')
        .then((result) => { for (const hit of result?.payload?.hits ?? []) this.taken.add(hit.slug); })
        .catch(() => undefined);
    }
    isValid = () => {
      const value = this.props.value;
      return value && this.taken.has(value) ? { error: { type: 'CUSTOM', message: slugTakenMessage(value) } } : true;
    };
    render() {
      return h(text.control, this.props);
    }
  }
  cms.registerWidget('slug', SlugControl, text.preview);
}
