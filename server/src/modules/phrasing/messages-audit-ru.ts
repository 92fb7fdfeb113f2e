/** Russian words of the audit trail and the roles table (messages-audit-en.ts). */
export const MESSAGES_AUDIT_RU: Readonly<Record<string, string>> = {
  'audit.action':
    '{action, select, IMPORT {Импортирован файл} APPEND {Добавлены клиенты} TRAIN {Обучены модели} ACTIVATE_MODEL {Выбрана основная модель} EDIT_COLUMN {Изменён столбец} EDIT_DATASET_SETTINGS {Изменены настройки набора данных} SEGMENT {Клиенты сегментированы} EDIT_BRIEF {Изменён бриф сегмента} EXPORT_AUDIENCE {Скачана аудитория целевой группы} EXPORT_MEMBERS {Скачан список участников сегмента} SCORE_LIST {Оценён список клиентов} DELETE_DATASET {Удалён набор данных} CREATE_USER {Добавлен человек} UPDATE_USER {Изменён доступ человека} RESET_PASSWORD {Сброшен пароль} CHANGE_PASSWORD {Изменён собственный пароль} SIGN_OUT_EVERYWHERE {Выход на всех устройствах} other {{action}}}',
  'audit.detail':
    '{detail, select, column {столбец} name {название} label {подпись} kind {тип} isTarget {целевой} isPastCampaign {прошлая кампания} knownAfterContact {известно после контакта} autoRetrain {переобучение после импорта} costPerContact {стоимость контакта} valuePerResponse {ценность отклика} roleBefore {прежняя роль} role {роль} disabled {отключён} oneTime {одноразовый пароль} automatic {автоматически} algorithms {алгоритмы} topN {главные факторы} conditions {изменённые условия} rows {строки} segment {сегмент} restored {восстановлен созданный текст} fileName {файл} importId {импорт} trainingRunId {обучение} segmentationId {сегментация} other {{detail}}}',
  'audit.detailValue': '{name}: {value}',
  'audit.yesNo': '{answer, select, yes {да} other {нет}}',
  'audit.theApp': 'приложение',
  'audit.csvColumn':
    '{column, select, time {время} person {человек} action {действие} objectType {тип объекта} object {объект} objectId {id объекта} other {подробности}}',
  'permission.label':
    '{permission, select, read {Просмотр наборов данных, моделей, факторов, целевых групп и сегментов; скачивание аудиторий и списков сегментов} import {Импорт новых файлов клиентов и добавление клиентов} scoreList {Оценка нового списка клиентов моделью} train {Обучение и переобучение моделей} datasetSettings {Изменение настроек переобучения и прибыльности набора данных} activateModel {Выбор основной модели} editColumns {Изменение названий и типов столбцов} segment {Сегментация клиентов и правка брифов сегментов} deleteDataset {Удаление набора данных} manageUsers {Добавление людей, смена ролей, отключение учётных записей, сброс паролей} readAudit {Просмотр и экспорт журнала аудита} other {{permission}}}',
};
