# Builds for finding faults (scripts/test builds both into build-asan; tests/README.md):
#   LAC_SANITIZE: everything built with AddressSanitizer and UndefinedBehaviorSanitizer,
#     any report fatal, so that the unit and end-to-end tests fail on one.
#   LAC_FUZZ: with clang, the library also instrumented for libFuzzer, and the fuzz
#     targets of tests/fuzz built (scripts/fuzz runs one for as long as you like).
option(LAC_SANITIZE "build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(LAC_FUZZ "build the libFuzzer targets of tests/fuzz (clang; implies LAC_SANITIZE)" OFF)
if(LAC_FUZZ)
  set(LAC_SANITIZE ON)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "LAC_FUZZ needs clang (CXX=clang++-16; scripts/deps installs it)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
if(LAC_SANITIZE)
  # -O1 and line tables only: a build that compiles quickly and still runs the suite at a
  # fair speed, with file and line in every report. NDEBUG as lac ships: toml++'s internal
  # assertions are not lac's to trip (the parser reports the same input as an error).
  set(LAC_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=all)
  add_compile_options(${LAC_SANITIZERS} -fno-omit-frame-pointer -O1 -DNDEBUG)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    add_compile_options(-gline-tables-only)
  else()
    add_compile_options(-g1)
  endif()
  add_link_options(${LAC_SANITIZERS})
endif()
