//! The fields of each form, typed: one enum per request body, whose names are the JSON body's
//! (what `FieldError::field` carries on the wire). The contract's checks and the server name a
//! field through it, and the browser maps each to its input with an exhaustive `match`, so a
//! renamed or added field is a compile error on both sides rather than a silent fallback.

/// A form's fields.
pub trait Fields: Copy + PartialEq + Send + Sync + 'static {
    /// Every field, in the form's order: the first one in error is the one focused.
    const ALL: &'static [Self];

    /// The field's name in the request body and in `FieldError::field`.
    fn name(self) -> &'static str;

    /// The field a `FieldError` names, when it is one of this form's.
    fn of(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|field| field.name() == name)
    }
}

/// Declares a form's fields: `fields! { pub enum TokenField { Name = "name", … } }`.
#[macro_export]
macro_rules! fields {
    ($(#[$doc:meta])* $vis:vis enum $name:ident { $($(#[$vdoc:meta])* $variant:ident = $wire:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $crate::fields::Fields for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];

            fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => $wire),+
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::Fields;

    fields! {
        enum Probe { First = "first", Second = "second_name" }
    }

    #[test]
    fn names_round_trip_in_order() {
        assert_eq!(Probe::ALL, &[Probe::First, Probe::Second]);
        assert_eq!(Probe::Second.name(), "second_name");
        assert_eq!(Probe::of("first"), Some(Probe::First));
        assert_eq!(Probe::of("other"), None);
    }
}
