/** Russian strings Decap's own Russian locale lacks or gets wrong, and the editorial workflow named as the service names it. */
// Field messages quote the field's label («Дата публикации») as the site build's messages do; list-size messages do
// not name the list, because the list widget passes its heading word as the label (admin/widget-labels.ts).

export type Strings = { [key: string]: string | Strings };
export const RU_ADDITIONS: Strings = {
  auth: { loginWithForgejo: 'Войти через Forgejo' },
  collection: {
    collectionTop: { viewAsList: 'Показать списком', viewAsGrid: 'Показать плиткой' },
    entries: { unpublishedHeader: 'Неопубликованные записи' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'поле «%{widgetLabel}»' } },
    editorControlPane: {
      widget: {
        required: 'Заполните поле «%{fieldLabel}».',
        regexPattern: 'Поле «%{fieldLabel}»: %{pattern}.',
        range: 'Поле «%{fieldLabel}»: нужно число от %{minValue} до %{maxValue}.',
        min: 'Поле «%{fieldLabel}»: нужно число не меньше %{minValue}.',
        max: 'Поле «%{fieldLabel}»: нужно число не больше %{maxValue}.',
        rangeCount: 'В списке должно быть от %{minCount} до %{maxCount} записей.',
        rangeCountExact: 'Число записей в списке должно быть ровно %{count}.',
        rangeMin: 'Список не может быть пустым: добавьте запись (нужно не меньше %{minCount}).',
        rangeMax: 'В списке может быть не больше %{maxCount} записей.',
      },
    },
    editor: {
      onDeletePublishedEntry: 'Удалить эту запись? Если на неё ссылаются другие записи (их список — под полем «Адрес страницы»), сначала уберите эти ссылки: иначе сайт не соберётся.',
      onDeleteWithUnsavedChanges: 'Удалить эту запись вместе с несохранёнными изменениями? Если на неё ссылаются другие записи (их список — под полем «Адрес страницы»), сначала уберите эти ссылки: иначе сайт не соберётся.',
    },
    editorInterface: { toggleNotes: 'Показать или скрыть заметки' },
    editorNotesPane: {
      title: 'Заметки', emptyState: 'Заметок пока нет. Добавьте первую заметку ниже.', addNote: 'Добавить заметку',
      addPlaceholder: 'Текст заметки…', editPlaceholder: 'Измените заметку…', save: 'Сохранить', cancel: 'Отмена',
      edit: 'Изменить', delete: 'Удалить', resolve: 'Отметить решённой', unresolve: 'Вернуть в работу',
      confirmDelete: 'Удалить эту заметку?', shortcut: 'Подсказка: Ctrl+Enter — быстро добавить заметку',
    },
    editorWidgets: {
      // Decap's Russian locale has «Полужиный».
      markdown: { bold: 'Полужирный', strikethrough: 'Зачёркнутый', toggleMode: { rich: 'Перейти в визуальный режим', markdown: 'Перейти в режим Markdown' } },
      datetime: { setToNow: 'Поставить в поле «%{fieldLabel}» текущую дату' },
      object: { expand: 'Развернуть', collapse: 'Свернуть' },
    },
    editorToolbar: { status: 'Статус: %{status}', draft: 'Черновик', inReview: 'На проверке', ready: 'Готово к публикации' },
  },
  // Decap's Russian locale calls the search box «Идёт поиск…» and measures the size limit in «kB»; both corrected.
  mediaLibrary: {
    // A file deleted here while an entry still has it attached stops the site build («файл не найден»).
    mediaLibrary: {
      fileTooLarge: 'Файл слишком большой: можно загружать файлы до %{size} КБ.',
      onDelete: 'Удалить выбранный файл из медиатеки? Если он прикреплён к какой-нибудь записи, сайт не соберётся, пока в ней остаётся ссылка на него: сначала уберите или замените файл в этой записи.',
    },
    mediaLibraryModal: { close: 'Закрыть', search: 'Поиск…' },
  },
  ui: {
    settingsDropdown: { account: 'Меню учётной записи' },
    toast: {
      missingRequiredField: 'Не все обязательные поля заполнены: они отмечены красным. Заполните их и сохраните снова.',
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
