import 'reflect-metadata';
import { describe, expect, it } from 'vitest';

function Mark(): PropertyDecorator {
  return () => undefined;
}
class Sample {
  @Mark() count!: number;
  @Mark() name!: string;
}

describe('toolchain', () => {
  it('emits decorator metadata (type-graphql and TypeORM depend on it)', () => {
    expect(Reflect.getMetadata('design:type', Sample.prototype, 'count')).toBe(Number);
    expect(Reflect.getMetadata('design:type', Sample.prototype, 'name')).toBe(String);
  });
});
