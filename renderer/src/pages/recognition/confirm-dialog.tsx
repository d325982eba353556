/** The app's confirmation dialog lives with the shared components; recognition's pages import it from here. */
export { ConfirmDialog } from '../../components/confirm-dialog';
