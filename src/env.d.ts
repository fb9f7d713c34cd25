declare namespace App {
  interface Locals {
    /** How many <Fact> popovers this page has rendered, for unique and stable element ids. */
    factCount?: number;
  }
}
