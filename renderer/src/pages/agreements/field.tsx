/** One accessible Field for every form: see components/field.tsx. */
export * from '../../components/field';
