/** The entries the form's relation fields have loaded (e.g. an indicator's programme), kept so the save check can use them: Decap gives its preSave event the entry alone. */
import { Component, createElement as h, createRef, type ComponentType } from 'react';
import { wrapWidget, type WidgetCms } from './widget-labels.ts';

type Data = Record<string, unknown>;
type Query = (namespace: string, collection: string, fields: string[], term: string, ...rest: unknown[]) => Promise<{ payload?: { hits?: { slug: string; data?: Data }[] } }>;
interface Props { query: Query; [key: string]: unknown }
interface Control { isValid?(): unknown; focus?(path?: string): void; shouldComponentUpdate?(next: unknown): boolean }

const loaded = new Map<string, Data>();

/** Data of an entry a relation field of the open form has loaded, as it is saved in the repository. */
export function loadedEntry(collection: string, slug: unknown): Data | undefined {
  return typeof slug === 'string' ? loaded.get(`${collection}/${slug}`) : undefined;
}

/**
 * Decap's relation control, unchanged, whose searches also record the entries they return. The control loads the
 * entry its value names as soon as the form opens (to show its title), so the chosen entry is always among them.
 * Decap's form asks the control whether it is valid and whether to re-render; the wrapper passes both on.
 */
export function registerRelationRecorder(cms: WidgetCms): void {
  wrapWidget(cms, 'relation', (control: ComponentType<any>) => class RecordingRelation extends Component<Props> {
    inner = createRef<Control>();
    query: Query = (namespace, collection, ...rest) => this.props.query(namespace, collection, ...rest).then((result) => {
      for (const hit of result?.payload?.hits ?? []) if (hit.data) loaded.set(`${collection}/${hit.slug}`, hit.data);
      return result;
    });
    isValid = () => this.inner.current?.isValid?.() ?? true;
    shouldComponentUpdate(next: Props) { return this.inner.current?.shouldComponentUpdate?.(next) ?? true; }
    focus(path?: string) { this.inner.current?.focus?.(path); }
    render() { return h(control, { ...this.props, query: this.query, ref: this.inner }); }
  });
}
