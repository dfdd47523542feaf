# language: de
Funktionalität: Sprache

  Szenario: Schlüsselwörter auf Deutsch
    Angenommen ein Zähler bei 1
    Und noch etwas
    Wenn er erhöht wird
    Dann ist er 2
    Aber nicht 3
