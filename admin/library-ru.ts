/**
 * Russian for the libraries inside Decap that its locale does not reach: react-select (relation and select fields)
 * and dnd-kit (reordering list items and chosen relation values). Decap passes these libraries fixed props and offers
 * no hook, so its imports of them are redirected to admin/shims/ (src/integrations/admin-shims.ts), which hand out the
 * wrapped components below: Russian names and live-region messages, and moving list items with the keyboard, which
 * Decap's mouse-and-touch-only sorting lacks.
 */
import { createElement as h, forwardRef, type ComponentType } from 'react';
import { components } from 'react-select';
import { DndContext as BaseDndContext, KeyboardSensor, useSensor, useSensors as baseUseSensors, type SensorDescriptor, type SensorOptions } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import {
  DRAG_INSTRUCTIONS, dragAnnouncements, SELECT_LOADING, SELECT_NO_OPTIONS, selectLiveMessages, selectRemoveLabel, selectResultsStatus, type DragPlace,
} from '../src/lib/cms-announcements.ts';

type AnyProps = Record<string, any>;

/** The cross on a chosen value, named «Убрать «…»» instead of react-select's «Remove …». */
function MultiValueRemove(props: AnyProps) {
  const label = props.data?.label ?? props.selectProps?.getOptionLabel?.(props.data);
  return h(components.MultiValueRemove as ComponentType<AnyProps>, { ...props, innerProps: { ...props.innerProps, 'aria-label': selectRemoveLabel(label) } });
}

/** A react-select component (plain or async) that speaks Russian; Decap's own «Loading options…» is replaced too. */
export function russianSelect(Select: ComponentType<any>): ComponentType<any> {
  const Russian = forwardRef<unknown, AnyProps>((props, ref) => h(Select, {
    ariaLiveMessages: selectLiveMessages,
    screenReaderStatus: ({ count }: { count: number }) => selectResultsStatus(count),
    noOptionsMessage: () => SELECT_NO_OPTIONS,
    ...props,
    loadingMessage: () => SELECT_LOADING,
    components: { MultiValueRemove, ...props.components },
    ref,
  }));
  Russian.displayName = 'RussianSelect';
  return Russian;
}

function placeOf(item: { data?: { current?: AnyProps } } | null | undefined): DragPlace | undefined {
  const sortable = item?.data?.current?.sortable;
  return sortable ? { index: sortable.index, count: sortable.items?.length } : undefined;
}

const accessibility = {
  screenReaderInstructions: { draggable: DRAG_INSTRUCTIONS },
  announcements: {
    onDragStart: ({ active }: AnyProps) => dragAnnouncements.start(placeOf(active)),
    onDragOver: ({ active, over }: AnyProps) => dragAnnouncements.over(placeOf(active), placeOf(over)),
    onDragEnd: ({ active, over }: AnyProps) => dragAnnouncements.end(placeOf(active), placeOf(over)),
    onDragCancel: ({ active }: AnyProps) => dragAnnouncements.cancel(placeOf(active)),
  },
};

/** dnd-kit's DndContext with Russian instructions and announcements. */
export function DndContext(props: AnyProps) {
  return h(BaseDndContext as ComponentType<AnyProps>, { accessibility, ...props });
}

/** dnd-kit's useSensors with the keyboard added to Decap's mouse and touch: Space takes the focused handle, arrows move, Space puts. */
export function useSensors(...sensors: (SensorDescriptor<SensorOptions> | undefined | null)[]) {
  const keyboard = useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates });
  return baseUseSensors(...sensors, keyboard);
}
