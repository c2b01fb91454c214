/** Russian strings Decap's own Russian locale lacks or gets wrong, and the editorial workflow named as the service names it. */

export type Strings = { [key: string]: string | Strings };
export const RU_ADDITIONS: Strings = {
  auth: { loginWithForgejo: 'Войти через Forgejo' },
  collection: {
    collectionTop: { viewAsList: 'Показать списком', viewAsGrid: 'Показать плиткой' },
    entries: { unpublishedHeader: 'Неопубликованные записи' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'поле «%{widgetLabel}»' } },
    editorInterface: { toggleNotes: 'Показать или скрыть заметки' },
    editorNotesPane: {
      title: 'Заметки', emptyState: 'Заметок пока нет. Добавьте первую заметку ниже.', addNote: 'Добавить заметку',
      addPlaceholder: 'Текст заметки…', editPlaceholder: 'Измените заметку…', save: 'Сохранить', cancel: 'Отмена',
      edit: 'Изменить', delete: 'Удалить', resolve: 'Отметить решённой', unresolve: 'Вернуть в работу',
      confirmDelete: 'Удалить эту заметку?', shortcut: 'Подсказка: Ctrl+Enter — быстро добавить заметку',
    },
    editorWidgets: {
      markdown: { strikethrough: 'Зачёркнутый', toggleMode: { rich: 'Перейти в визуальный режим', markdown: 'Перейти в режим Markdown' } },
      datetime: { setToNow: 'Поставить в поле «%{fieldLabel}» текущую дату' },
      object: { expand: 'Развернуть', collapse: 'Свернуть' },
    },
    editorToolbar: { status: 'Статус: %{status}', draft: 'Черновик', inReview: 'На проверке', ready: 'Готово к публикации' },
  },
  // Decap's Russian locale calls the search box «Идёт поиск…» and measures the size limit in «kB»; both corrected.
  mediaLibrary: {
    mediaLibrary: { fileTooLarge: 'Файл слишком большой: можно загружать файлы до %{size} КБ.' },
    mediaLibraryModal: { close: 'Закрыть', search: 'Поиск…' },
  },
  ui: {
    settingsDropdown: { account: 'Меню учётной записи' },
    toast: {
      noteAdded: 'Заметка добавлена', onFailToAddNote: 'Не удалось добавить заметку: %{details}',
      noteUpdated: 'Заметка изменена', onFailToUpdateNote: 'Не удалось изменить заметку: %{details}',
      noteDeleted: 'Заметка удалена', onFailToDeleteNote: 'Не удалось удалить заметку: %{details}',
      noteResolved: 'Заметка отмечена решённой', noteReopened: 'Заметка возвращена в работу',
      onFailToToggleNote: 'Не удалось изменить состояние заметки: %{details}',
    },
  },
  workflow: {
    workflowList: {
      draftHeader: 'Черновик', inReviewHeader: 'На проверке', readyHeader: 'Готово к публикации',
      onPublishingNotReadyEntry: 'Опубликовать можно только запись со статусом «Готово к публикации». Перетащите карточку в этот столбец.',
      currentEntries: '%{smart_count} запись |||| %{smart_count} записи |||| %{smart_count} записей',
    },
  },
};
