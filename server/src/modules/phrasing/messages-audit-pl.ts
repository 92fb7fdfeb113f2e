/** Polish words of the audit trail and the roles table (messages-audit-en.ts). */
export const MESSAGES_AUDIT_PL: Readonly<Record<string, string>> = {
  'audit.action':
    '{action, select, IMPORT {Zaimportowano plik} APPEND {Dopisano klientów} TRAIN {Wytrenowano modele} ACTIVATE_MODEL {Wybrano wyróżniony model} EDIT_COLUMN {Zmieniono kolumnę} EDIT_DATASET_SETTINGS {Zmieniono ustawienia zbioru danych} SEGMENT {Posegmentowano klientów} EDIT_BRIEF {Zmieniono brief segmentu} EXPORT_AUDIENCE {Pobrano odbiorców grupy docelowej} EXPORT_MEMBERS {Pobrano listę członków segmentu} SCORE_LIST {Oceniono listę klientów} DELETE_DATASET {Usunięto zbiór danych} CREATE_USER {Dodano osobę} UPDATE_USER {Zmieniono dostęp osoby} RESET_PASSWORD {Zresetowano hasło} CHANGE_PASSWORD {Zmieniono własne hasło} SIGN_OUT_EVERYWHERE {Wylogowano wszędzie} other {{action}}}',
  'audit.detail':
    '{detail, select, column {kolumna} name {nazwa} label {etykieta} kind {rodzaj} isTarget {kolumna docelowa} isPastCampaign {wcześniejsza kampania} knownAfterContact {znane po kontakcie} autoRetrain {ponowne trenowanie po imporcie} costPerContact {koszt kontaktu} valuePerResponse {wartość odpowiedzi} roleBefore {poprzednia rola} role {rola} disabled {wyłączone} oneTime {hasło jednorazowe} automatic {automatycznie} algorithms {algorytmy} topN {główne czynniki} conditions {zmienione warunki} rows {wiersze} segment {segment} restored {przywrócono wygenerowany tekst} fileName {plik} importId {import} trainingRunId {trenowanie} segmentationId {segmentacja} other {{detail}}}',
  'audit.detailValue': '{name}: {value}',
  'audit.yesNo': '{answer, select, yes {tak} other {nie}}',
  'audit.theApp': 'aplikacja',
  'audit.csvColumn':
    '{column, select, time {czas} person {osoba} action {działanie} objectType {rodzaj obiektu} object {obiekt} objectId {id obiektu} other {szczegóły}}',
  'permission.label':
    '{permission, select, read {Przeglądanie zbiorów danych, modeli, czynników, grup docelowych i segmentów; pobieranie odbiorców i list segmentów} import {Import nowych plików z klientami i dopisywanie klientów} scoreList {Ocena nowej listy klientów modelem} train {Trenowanie i ponowne trenowanie modeli} datasetSettings {Zmiana ustawień ponownego trenowania i opłacalności zbioru danych} activateModel {Wybór wyróżnionego modelu} editColumns {Zmiana nazw i rodzajów kolumn} segment {Segmentacja klientów i edycja briefów segmentów} deleteDataset {Usuwanie zbioru danych} manageUsers {Dodawanie osób, zmiana ról, wyłączanie kont, resetowanie haseł} readAudit {Przeglądanie i eksport dziennika audytu} other {{permission}}}',
};
