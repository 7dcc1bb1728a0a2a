import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema } from '@rjsf/utils';
import type { FieldError } from '../api/errors';
import { InterpretingValidator } from './validator';

/** Node type and template schemas are JSON Schema 2020-12; the form validates with the same dialect, without eval. */
const validator = new InterpretingValidator();

/**
 * Server-side field errors (JSON pointers into the request body) as the form's error tree. {@code prefix} is the
 * pointer of the form's value inside the body, e.g. "/settings".
 */
export function errorTree(errors: FieldError[], prefix: string): ErrorSchema {
  const tree: Record<string, unknown> = {};
  for (const e of errors) {
    if (!e.pointer.startsWith(prefix)) {
      continue;
    }
    const path = e.pointer.slice(prefix.length).split('/').filter((s) => s.length > 0)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node = tree;
    for (const step of path) {
      node = (node[step] ??= {}) as Record<string, unknown>;
    }
    ((node['__errors'] ??= []) as string[]).push(e.message);
  }
  return tree as ErrorSchema;
}

export function SchemaForm(props: {
  id: string;
  schema: Record<string, unknown>;
  value: Record<string, unknown>;
  onChange: (v: Record<string, unknown>) => void;
  serverErrors?: FieldError[];
  errorPrefix?: string;
}) {
  const { $schema: _ignored, $id: _id, ...schema } = props.schema;
  return (
    <Form
      idPrefix={props.id}
      schema={schema as RJSFSchema}
      formData={props.value}
      validator={validator}
      liveValidate
      showErrorList={false}
      extraErrors={props.serverErrors ? errorTree(props.serverErrors, props.errorPrefix ?? '') : undefined}
      onChange={(e) => props.onChange((e.formData ?? {}) as Record<string, unknown>)}
      uiSchema={{ 'ui:submitButtonOptions': { norender: true }, 'ui:globalOptions': { orderable: false } }}
    />
  );
}
