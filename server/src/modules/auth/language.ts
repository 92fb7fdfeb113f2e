import { registerEnumType } from 'type-graphql';

/** The languages a user can choose for the texts the server writes for them. */
export enum Language {
  EN = 'EN',
  ES = 'ES',
  PL = 'PL',
  RU = 'RU',
}

registerEnumType(Language, { name: 'Language' });
