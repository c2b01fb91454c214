/**
 * Decap's number field as a text field that takes the Russian decimal comma. Decap draws `<input type="number">` and
 * re-renders it from the number it parsed after every key, so «12,5» typed in a Russian browser became 125 in the
 * saved file. This control keeps what the methodist types, saves a number («12,5» → 12.5) and never another one: text
 * that is not a number of the field's kind is kept as typed, and the save check (admin/draft-guard.ts) names the field.
 */
import { Component, createElement as h, type ChangeEvent } from 'react';
import { formatDecimalInput, parseDecimalInput } from '../src/lib/decimal-input.ts';
import { wrapWidget, type WidgetCms } from './widget-labels.ts';

interface Immutable { get(key: string, fallback?: unknown): any }
interface Props {
  field: Immutable; value?: unknown; forID?: string; classNameWrapper?: string;
  onChange(value: unknown): void; setActiveStyle(): void; setInactiveStyle(): void;
  t(key: string, options?: Record<string, unknown>): string;
}

class DecimalNumber extends Component<Props, { text: string }> {
  state = { text: formatDecimalInput(this.props.value) };

  get integer() { return this.props.field.get('value_type') === 'int'; }

  componentDidUpdate(prev: Props) {
    // A value set from outside (an item moved, the entry reloaded) replaces the text; one this field typed does not.
    if (prev.value !== this.props.value && parseDecimalInput(this.state.text, this.integer) !== this.props.value) {
      this.setState({ text: formatDecimalInput(this.props.value) });
    }
  }

  handleChange = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    this.setState({ text });
    this.props.onChange(parseDecimalInput(text, this.integer));
  };

  /** Decap's own range check, with the same messages (admin/locale-ru-additions.ts). */
  isValid = () => {
    const { field, value, t } = this.props;
    if (typeof value !== 'number') return true;
    const min = field.get('min', false) as number | false;
    const max = field.get('max', false) as number | false;
    const fieldLabel = field.get('label', field.get('name'));
    const error = min !== false && max !== false && (value < min || value > max)
      ? t('editor.editorControlPane.widget.range', { fieldLabel, minValue: min, maxValue: max })
      : min !== false && value < min ? t('editor.editorControlPane.widget.min', { fieldLabel, minValue: min })
        : max !== false && value > max ? t('editor.editorControlPane.widget.max', { fieldLabel, maxValue: max }) : undefined;
    return error ? { error: { type: 'RANGE', message: error } } : true;
  };

  render() {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    return h('input', {
      type: 'text', inputMode: this.integer ? 'numeric' : 'decimal', autoComplete: 'off', id: forID, className: classNameWrapper,
      value: this.state.text, onChange: this.handleChange, onFocus: setActiveStyle, onBlur: setInactiveStyle,
    });
  }
}

/** Registers the decimal-comma control in place of Decap's number control (its preview and schema are kept). */
export function registerDecimalNumbers(cms: WidgetCms): void {
  wrapWidget(cms, 'number', () => DecimalNumber);
}
