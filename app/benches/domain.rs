//! Benchmarks of the domain rules: the distribution curve over a large unit.
//!
//! Run with `cargo bench -p app --bench domain`.

use app::domain::angka_kredit::{angka_kredit, Jenjang};
use app::domain::kurva::{check_distribution, PredikatOrganisasi};
use app::domain::rating::Predikat;
use criterion::{black_box, criterion_group, criterion_main, Criterion};

/// A deterministic, skewed group of `n` people (mostly Baik, as in real units).
fn group(n: usize) -> Vec<Predikat> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            match state % 100 {
                0..=14 => Predikat::SangatBaik,
                15..=84 => Predikat::Baik,
                85..=94 => Predikat::ButuhPerbaikan,
                95..=98 => Predikat::KurangMisconduct,
                _ => Predikat::SangatKurang,
            }
        })
        .collect()
}

fn kurva(c: &mut Criterion) {
    let people = group(10_000);
    c.bench_function("check_distribution/10000/Baik", |b| {
        b.iter(|| check_distribution(black_box(PredikatOrganisasi::Baik), black_box(&people)))
    });
    c.bench_function("check_distribution/10000/all_org", |b| {
        b.iter(|| {
            PredikatOrganisasi::ALL
                .iter()
                .map(|o| check_distribution(*o, black_box(&people)).len())
                .sum::<usize>()
        })
    });
}

fn ak(c: &mut Criterion) {
    c.bench_function("angka_kredit/all_cells", |b| {
        b.iter(|| {
            let mut total = 0.0;
            for j in Jenjang::ALL {
                for p in Predikat::ALL {
                    total += angka_kredit(black_box(j), black_box(p), black_box(7));
                }
            }
            total
        })
    });
}

criterion_group!(benches, kurva, ak);
criterion_main!(benches);
