/** Spanish words of the audit trail and the roles table (messages-audit-en.ts). */
export const MESSAGES_AUDIT_ES: Readonly<Record<string, string>> = {
  'audit.action':
    '{action, select, IMPORT {Importó un archivo} APPEND {Añadió clientes} TRAIN {Entrenó modelos} ACTIVATE_MODEL {Eligió el modelo destacado} EDIT_COLUMN {Editó una columna} EDIT_DATASET_SETTINGS {Cambió los ajustes del conjunto de datos} SEGMENT {Segmentó clientes} EDIT_BRIEF {Editó el briefing de un segmento} EXPORT_AUDIENCE {Descargó la audiencia de un grupo objetivo} EXPORT_MEMBERS {Descargó la lista de miembros de un segmento} SCORE_LIST {Puntuó una lista de clientes} DELETE_DATASET {Eliminó un conjunto de datos} CREATE_USER {Añadió a una persona} UPDATE_USER {Cambió el acceso de una persona} RESET_PASSWORD {Restableció una contraseña} CHANGE_PASSWORD {Cambió su propia contraseña} SIGN_OUT_EVERYWHERE {Cerró sesión en todas partes} other {{action}}}',
  'audit.detail':
    '{detail, select, column {columna} name {nombre} label {etiqueta} kind {tipo} isTarget {objetivo} isPastCampaign {campaña anterior} knownAfterContact {conocido tras el contacto} autoRetrain {reentrenar tras las importaciones} costPerContact {coste por contacto} valuePerResponse {valor por respuesta} roleBefore {rol anterior} role {rol} disabled {desactivado} oneTime {contraseña de un solo uso} automatic {automático} algorithms {algoritmos} topN {factores principales} conditions {condiciones editadas} rows {filas} segment {segmento} restored {texto generado restaurado} fileName {archivo} importId {importación} trainingRunId {entrenamiento} segmentationId {segmentación} other {{detail}}}',
  'audit.detailValue': '{name}: {value}',
  'audit.yesNo': '{answer, select, yes {sí} other {no}}',
  'audit.theApp': 'la aplicación',
  'audit.csvColumn':
    '{column, select, time {hora} person {persona} action {acción} objectType {tipo de objeto} object {objeto} objectId {id del objeto} other {detalles}}',
  'permission.label':
    '{permission, select, read {Ver conjuntos de datos, modelos, factores, grupos objetivo y segmentos; descargar audiencias y listas de segmentos} import {Importar nuevos archivos de clientes y añadir clientes} scoreList {Puntuar una lista nueva de clientes con un modelo} train {Entrenar y reentrenar modelos} datasetSettings {Cambiar los ajustes de reentrenamiento y rentabilidad de un conjunto de datos} activateModel {Elegir el modelo destacado} editColumns {Editar nombres y tipos de columnas} segment {Segmentar clientes y editar los briefings de los segmentos} deleteDataset {Eliminar un conjunto de datos} manageUsers {Añadir personas, cambiar roles, desactivar cuentas, restablecer contraseñas} readAudit {Ver y exportar el registro de auditoría} other {{permission}}}',
};
