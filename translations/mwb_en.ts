<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Mwb::Cli</name>
    <message numerus="yes">
        <source>%1: %n task(s) in %2 layer(s)</source>
        <translation>
            <numerusform>%1: %n task in %2 layer(s)</numerusform>
            <numerusform>%1: %n tasks in %2 layer(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n notebook dependency reference(s) (%1 missing, %2 dynamic, %3 cycle(s) broken)</source>
        <translation>
            <numerusform>, %n notebook dependency reference (%1 missing, %2 dynamic, %3 cycle(s) broken)</numerusform>
            <numerusform>, %n notebook dependency references (%1 missing, %2 dynamic, %3 cycle(s) broken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2 (%n cell(s))</source>
        <translation>
            <numerusform>%1 -&gt; %2 (%n cell)</numerusform>
            <numerusform>%1 -&gt; %2 (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s) written to %1</source>
        <translation>
            <numerusform>%n notebook written to %1</numerusform>
            <numerusform>%n notebooks written to %1</numerusform>
        </translation>
    </message>
</context>
</TS>