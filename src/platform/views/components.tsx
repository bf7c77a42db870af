// The shared form and page components, one file per kind; pages import them all from here.
export * from './form.tsx';
export * from './text-fields.tsx';
export * from './choice-fields.tsx';
export * from './alert.tsx';
export * from './link-list.tsx';
export * from './pagination.tsx';
export * from './catalogue-radio-group.tsx';
