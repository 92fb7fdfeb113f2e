import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DURATION_UNITS, PHRASING_KINDS } from './phrasing.js';

export enum PhrasingKindEnum {
  COUNT = 'COUNT',
  MONEY = 'MONEY',
  YEAR = 'YEAR',
  DATE = 'DATE',
  DURATION = 'DURATION',
  PERCENTAGE = 'PERCENTAGE',
  FACT = 'FACT',
  CATEGORY = 'CATEGORY',
  NUMBER = 'NUMBER',
}
registerEnumType(PhrasingKindEnum, {
  name: 'PhrasingKind',
  description: 'What a column counts or measures, for the sentences the app writes about it.',
});

// The enum and the phrasing model's list are one vocabulary.
if (PHRASING_KINDS.some((k) => !(k in PhrasingKindEnum))) throw new Error('PhrasingKindEnum is out of step with PHRASING_KINDS.');

const UNIT_HINT = `Unit of a DURATION: ${DURATION_UNITS.join(', ')}.`;

@ObjectType('LevelPhrasing', { description: 'What one level of a category says about a customer.' })
export class LevelPhrasingType {
  @Field(() => String, { description: 'The level as the file writes it (“Married”).' }) value!: string;
  @Field(() => String, { description: 'A who-clause: “are married”, “have a PhD”.' }) text!: string;
}

@InputType('LevelPhrasingInput')
export class LevelPhrasingInput {
  @Field(() => String) value!: string;
  @Field(() => String) text!: string;
}

@ObjectType('ColumnPhrasing', { description: 'How sentences speak of a column: what it counts or measures.' })
export class ColumnPhrasingType {
  @Field(() => PhrasingKindEnum) kind!: PhrasingKindEnum;
  @Field(() => String, { nullable: true, description: 'COUNT: the counted thing in the singular (“teenager at home”).' }) one!:
    string | null;
  @Field(() => String, { nullable: true, description: 'COUNT: the counted thing in the plural (“teenagers at home”).' }) other!:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A who-clause with {value} for the figure: “spent {value} on wine”, “were born {value}”.',
  })
  verb!: string | null;
  @Field(() => String, { nullable: true, description: 'DURATION since an event, as a past participle: “bought”.' }) event!: string | null;
  @Field(() => String, { nullable: true, description: UNIT_HINT }) unit!: string | null;
  @Field(() => String, { nullable: true, description: 'FACT: what yes says (“accepted campaign 5”).' }) yes!: string | null;
  @Field(() => String, { nullable: true, description: 'FACT: what no says (“did not accept campaign 5”).' }) no!: string | null;
  @Field(() => [LevelPhrasingType], {
    nullable: true,
    description: 'CATEGORY: what each level says (“who are married or living together”); levels without words are named as they are.',
  })
  levels!: LevelPhrasingType[] | null;
}

@InputType('ColumnPhrasingInput')
export class ColumnPhrasingInput {
  @Field(() => PhrasingKindEnum) kind!: PhrasingKindEnum;
  @Field(() => String, { nullable: true }) one?: string | null;
  @Field(() => String, { nullable: true }) other?: string | null;
  @Field(() => String, { nullable: true }) verb?: string | null;
  @Field(() => String, { nullable: true }) event?: string | null;
  @Field(() => String, { nullable: true, description: UNIT_HINT }) unit?: string | null;
  @Field(() => String, { nullable: true }) yes?: string | null;
  @Field(() => String, { nullable: true }) no?: string | null;
  @Field(() => [LevelPhrasingInput], { nullable: true, description: 'CATEGORY: what each level says about a customer.' })
  levels?: LevelPhrasingInput[] | null;
}
