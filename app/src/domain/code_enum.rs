//! `code_enum!`: an enum of the domain with its database code and official label, so every
//! such enum parses and prints the same way (case, spaces and hyphens tolerated).

/// Declares a `Copy` enum with `ALL`, `code()`, `from_code()` and `label()`.
///
/// ```
/// app::code_enum! {
///     /// A demo.
///     pub enum Warna { Merah = ("MERAH", "Merah"), BiruTua = ("BIRU_TUA", "Biru Tua") }
/// }
/// assert_eq!(Warna::from_code("biru tua"), Some(Warna::BiruTua));
/// assert_eq!(Warna::Merah.code(), "MERAH");
/// assert_eq!(Warna::BiruTua.label(), "Biru Tua");
/// ```
#[macro_export]
macro_rules! code_enum {
    ($(#[$m:meta])* pub enum $name:ident { $($(#[$vm:meta])* $v:ident = ($code:literal, $label:literal)),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name { $($(#[$vm])* #[serde(rename = $code)] $v),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v),+];

            /// The code stored in the database and used on the API.
            pub fn code(self) -> &'static str {
                match self { $($name::$v => $code),+ }
            }

            /// Parses a code, tolerating case, spaces and hyphens.
            pub fn from_code(code: &str) -> Option<Self> {
                let c = code.trim().to_ascii_uppercase().replace([' ', '-'], "_");
                Self::ALL.iter().copied().find(|v| v.code() == c)
            }

            /// The official (Indonesian) label.
            pub fn label(self) -> &'static str {
                match self { $($name::$v => $label),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}
