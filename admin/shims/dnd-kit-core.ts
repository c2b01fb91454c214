/** What Decap's widgets get for `import … from '@dnd-kit/core'`: the library, with Russian announcements and keyboard sorting (admin/library-ru.ts). */
export * from '@dnd-kit/core';
export { DndContext, useSensors } from '../library-ru.ts';
