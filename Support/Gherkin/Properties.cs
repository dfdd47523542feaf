using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Gherkin.Tests")]
[assembly: InternalsVisibleTo("RunnerBench")]
