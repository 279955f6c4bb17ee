package io.github.govaudit.cli;
public class Main { public static void main(String[] a) {} }
