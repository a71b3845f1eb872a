export { cx } from './cx.js';
export {
  SkipLink,
  Header,
  Footer,
  PhaseBanner,
  WidthContainer,
  Main,
  TwoThirds,
} from './layout.js';
export type {
  SkipLinkProps,
  HeaderProps,
  FooterProps,
  FooterLink,
  PhaseBannerProps,
} from './layout.js';
export { Button, ButtonLink, ButtonGroup } from './Button.js';
export type { ButtonProps, ButtonLinkProps } from './Button.js';
export { ErrorSummary } from './ErrorSummary.js';
export type { ErrorSummaryItem, ErrorSummaryProps } from './ErrorSummary.js';
export {
  Label,
  Hint,
  ErrorMessage,
  Fieldset,
  TextInput,
  Textarea,
  Radios,
  Checkboxes,
  characterCountMessage,
} from './form.js';
export type {
  TextSize,
  TextInputProps,
  TextareaProps,
  RadiosProps,
  CheckboxesProps,
  ChoiceItem,
  ChoiceInputBindings,
  FieldsetProps,
} from './form.js';
export {
  Panel,
  SummaryList,
  Table,
  Tag,
  InsetText,
  WarningText,
  BackLink,
  BackButton,
} from './content.js';
export type {
  PanelProps,
  SummaryListProps,
  SummaryListRow,
  SummaryListAction,
  BackButtonProps,
  TableProps,
  TableCell,
  TagProps,
  TagColour,
} from './content.js';
export { ExitThisPage } from './ExitThisPage.js';
export type { ExitThisPageProps } from './ExitThisPage.js';
export { enhanceExitThisPage, exitThisPageMessages } from './exit-this-page.js';
