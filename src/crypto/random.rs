//! Random bytes from a generator seeded the same way in every run: a run is deterministic,
//! random values are never part of a recorded expectation, and a playground needs no secrets.

use boa_engine::Context;

/// The run's random generator (splitmix64: small, and the same sequence in every run).
struct Random {
    state: std::cell::Cell<u64>,
}

/// The generator's next 64 bits.
pub fn next_u64(context: &mut Context) -> u64 {
    if context.get_data::<Random>().is_none() {
        context.insert_data(Random {
            state: std::cell::Cell::new(0x1f2e_3d4c_5b6a_7988),
        });
    }
    let Some(random) = context.get_data::<Random>() else {
        return 0;
    };
    let mut z = random.state.get().wrapping_add(0x9e37_79b9_7f4a_7c15);
    random.state.set(z);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// `n` bytes from the generator.
pub fn bytes(n: usize, context: &mut Context) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(n);
    while bytes.len() < n {
        let word = next_u64(context).to_le_bytes();
        let take = (n - bytes.len()).min(8);
        bytes.extend_from_slice(&word[..take]);
    }
    bytes
}
